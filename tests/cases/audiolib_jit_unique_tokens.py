# case: @ms.jit text-side utility that computes the set of distinct BPE token ids in a batch of transcripts with ops.unique for a vocabulary-usage statistic -> Graph mode should go dynamic (output size from data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0
VOCAB_SIZE = 50


@ms.jit
def token_usage(token_ids):
    flat = token_ids.reshape(-1)
    uniq, inverse = ops.unique(flat)
    counts = ops.zeros((VOCAB_SIZE,), ms.float32)
    counts = ops.tensor_scatter_add(counts, flat.expand_dims(-1), ops.ones_like(flat).astype(ms.float32))
    coverage = (uniq != PAD_ID).astype(ms.float32).sum() / VOCAB_SIZE
    return uniq, coverage, counts


def make():
    np.random.seed(3335)
    tokens = Tensor(np.random.randint(0, VOCAB_SIZE, (4, 12)).astype(np.int32))
    return token_usage, (tokens,)
