# case: mean-shift style clustering of lane embeddings: while unassigned pixels remain, pick a seed, concat its cluster center onto a growing tensor -> dynamic or error: loop-carried tensor changes shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EmbeddingClusterer(nn.Cell):
    def __init__(self, bandwidth=1.0, emb_dim=4):
        super().__init__()
        self.bandwidth = bandwidth
        self.emb_dim = emb_dim

    def construct(self, emb):
        # emb: (N, D) per-pixel lane embeddings
        unassigned = ops.ones((emb.shape[0],), ms.float32)
        centers = ops.zeros((0, self.emb_dim), ms.float32)
        while unassigned.sum() > 0:
            seed = ops.argmax(unassigned)
            dist = ops.norm(emb - emb[seed], dim=1)
            member = (dist < self.bandwidth).astype(ms.float32) * unassigned
            member = ops.tensor_scatter_update(member, seed.view(1, 1), Tensor([1.0], ms.float32))
            center = (emb * member.view(-1, 1)).sum(0) / member.sum()
            centers = ops.concat((centers, center.view(1, -1)), 0)
            unassigned = unassigned * (1.0 - member)
        return centers


def make():
    np.random.seed(19)
    emb = np.concatenate([np.random.randn(6, 4) * 0.1 + k * 3 for k in range(3)]).astype(np.float32)
    return EmbeddingClusterer(), (Tensor(emb),)
