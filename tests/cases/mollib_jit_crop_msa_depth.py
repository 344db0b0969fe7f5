# case: @ms.jit MSA featurizer keeps only the first n_seq alignment rows, n_seq read from a tensor with .item() -> dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_AA = 21
GAP = 20


def one_hot_msa(msa):
    return ops.one_hot(msa, NUM_AA, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))


@ms.jit
def msa_profile(msa, n_seq):
    depth = n_seq.item()
    oh = one_hot_msa(msa)
    rows = oh[:depth]
    profile = rows.mean(axis=0)
    gap_frac = profile[:, GAP]
    return profile, gap_frac


def make():
    np.random.seed(34)
    msa = Tensor(np.random.randint(0, NUM_AA, size=(16, 30)).astype(np.int32))
    return msa_profile, (msa, Tensor(np.array(9, np.int32)))
