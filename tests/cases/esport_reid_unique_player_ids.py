# case: player re-identification groups embeddings by the distinct player ids seen in a round using ops.unique -> unique output size is data-dependent, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RoundReID(nn.Cell):
    def __init__(self, emb_dim=10, proj_dim=8):
        super().__init__()
        self.encoder = nn.Dense(emb_dim, proj_dim)
        self.l2 = ops.L2Normalize(axis=-1)

    def construct(self, player_emb, player_ids):
        z = self.l2(self.encoder(player_emb))
        uniq_ids, inverse = ops.unique(player_ids)
        n_players = uniq_ids.shape[0]
        counts = ops.zeros((n_players,), ms.float32)
        counts = ops.tensor_scatter_elements(counts, inverse, ops.ones_like(inverse).astype(ms.float32), axis=0, reduction="add")
        return z.sum() / counts.sum()


def make():
    np.random.seed(4)
    emb = Tensor(np.random.randn(12, 10).astype(np.float32))
    ids = Tensor(np.array([3, 7, 3, 1, 7, 9, 1, 3, 9, 9, 7, 1], dtype=np.int32))
    return RoundReID(10, 8), (emb, ids)
