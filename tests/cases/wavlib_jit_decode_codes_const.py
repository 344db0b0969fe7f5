# case: ms.jit decode function sums the codebook embeddings for each of a module-constant number of quantizer levels and returns the latent frames -> Graph mode unrolls the constant loop (static)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_QUANTIZERS = 4
CODEBOOK_SIZE = 32
LATENT_DIM = 16


def lookup(codebooks, codes, level):
    return ops.gather(codebooks[level], codes[level], 0)


@ms.jit
def decode_codes(codes, codebooks):
    latents = ops.zeros(codes.shape[1:] + (LATENT_DIM,), ms.float32)
    for level in range(NUM_QUANTIZERS):
        latents = latents + lookup(codebooks, codes, level)
    return latents.transpose(0, 2, 1)


def make():
    np.random.seed(35930)
    codes = Tensor(np.random.randint(0, CODEBOOK_SIZE, size=(NUM_QUANTIZERS, 2, 25)).astype(np.int32))
    codebooks = Tensor(np.random.randn(NUM_QUANTIZERS, CODEBOOK_SIZE, LATENT_DIM).astype(np.float32))
    return decode_codes, (codes, codebooks)
