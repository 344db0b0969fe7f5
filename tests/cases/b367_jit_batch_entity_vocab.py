# case: @ms.jit preprocessing step builds the batch-local entity vocabulary with ops.unique over heads and tails, then gathers only those embedding rows for a local L2 regulariser -> Graph mode sees a data-dependent vocabulary size
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

REG_WEIGHT = 1e-3


def batch_vocabulary(hrt):
    ents = ops.concat((hrt[:, 0], hrt[:, 2]))
    vocab, inverse = ops.unique(ents)
    return vocab, inverse


@ms.jit
def local_l2_regulariser(ent_table, hrt):
    vocab, inverse = batch_vocabulary(hrt)
    rows = ops.gather(ent_table, vocab, 0)
    penalty = REG_WEIGHT * (rows * rows).sum() / vocab.shape[0]
    return penalty, inverse


def make():
    np.random.seed(3709)
    ne, nr, d, b = 40, 6, 12, 9
    hrt = np.stack([np.random.randint(0, ne, b), np.random.randint(0, nr, b), np.random.randint(0, ne, b)], 1)
    return local_l2_regulariser, (Tensor(np.random.randn(ne, d).astype(np.float32)), Tensor(hrt, ms.int32))
