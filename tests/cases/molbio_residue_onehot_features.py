# case: residue featurizer: one-hot amino acids (depth 21), chain-break flags from a shifted comparison, concatenated per-residue features -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_AA = 21


class ResidueFeaturizer(nn.Cell):
    def __init__(self, dim=16, use_chain_breaks=True):
        super().__init__()
        self.use_chain_breaks = use_chain_breaks
        in_dim = NUM_AA + (1 if use_chain_breaks else 0)
        self.proj = nn.Dense(in_dim, dim)
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def chain_breaks(self, chain_ids):
        prev = ops.concat((chain_ids[:, :1], chain_ids[:, :-1]), axis=1)
        return (chain_ids != prev).astype(ms.float32)[..., None]

    def construct(self, aatype, chain_ids):
        feats = ops.one_hot(aatype, NUM_AA, self.on, self.off)
        if self.use_chain_breaks:
            feats = ops.concat((feats, self.chain_breaks(chain_ids)), axis=-1)
        return self.proj(feats)


def make():
    np.random.seed(36)
    aa = Tensor(np.random.randint(0, NUM_AA, size=(2, 8)).astype(np.int32))
    chains = Tensor(np.array([[0, 0, 0, 1, 1, 1, 1, 1], [0, 0, 0, 0, 0, 0, 2, 2]], dtype=np.int32))
    return ResidueFeaturizer(), (aa, chains)
