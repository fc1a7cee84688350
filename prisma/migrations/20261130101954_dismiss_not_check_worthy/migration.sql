-- AlterEnum
ALTER TYPE "DismissReason" ADD VALUE 'NOT_CHECK_WORTHY';
