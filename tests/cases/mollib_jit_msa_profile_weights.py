# case: @ms.jit MSA featurizer down-weights padded alignment rows with a row-mask multiply and sequence weights -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_AA = 21
GAP = 20


def one_hot_msa(msa):
    return ops.one_hot(msa, NUM_AA, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))


@ms.jit
def msa_profile(msa, n_seq):
    depth = msa.shape[0]
    row_mask = (ops.arange(depth) < n_seq).astype(ms.float32)
    oh = one_hot_msa(msa) * row_mask[:, None, None]
    ident = ops.tensor_dot(oh, oh, ((1, 2), (1, 2))) / float(msa.shape[1])
    weights = row_mask / ops.maximum(((ident > 0.8).astype(ms.float32) * row_mask).sum(-1), 1.0)
    profile = (oh * weights[:, None, None]).sum(axis=0) / ops.maximum(weights.sum(), 1e-6)
    return profile, profile[:, GAP]


def make():
    np.random.seed(35)
    msa = Tensor(np.random.randint(0, NUM_AA, size=(16, 30)).astype(np.int32))
    return msa_profile, (msa, Tensor(np.array(9, np.int32)))
