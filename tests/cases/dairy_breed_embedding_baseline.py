# case: milk-yield baseline learns a per-breed peak with nn.Embedding indexed by breed-id tensors -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BreedEmbeddingBaseline(nn.Cell):
    def __init__(self, n_breeds=3, n_cov=4, emb_dim=4):
        super().__init__()
        self.breed_emb = nn.Embedding(n_breeds, emb_dim)
        self.peak = nn.Dense(emb_dim, 1)
        self.adjust = nn.Dense(n_cov, 1)

    def construct(self, breed_ids, covariates):
        e = self.breed_emb(breed_ids)
        peak = self.peak(e).squeeze(-1) + 30.0
        delta = self.adjust(covariates).squeeze(-1)
        return peak + delta


def make():
    np.random.seed(22)
    breeds = np.random.randint(0, 3, (5,)).astype(np.int32)
    cov = np.random.randn(5, 4).astype(np.float32)
    return BreedEmbeddingBaseline(), (Tensor(breeds), Tensor(cov))
