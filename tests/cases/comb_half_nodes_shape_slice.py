# case: pickup-and-delivery encoder that splits nodes into pickup / delivery halves by slicing at x.shape[1] // 2 and pairs them -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PDPEncoder(nn.Cell):
    def __init__(self, embed_dim=16, share_weights=False):
        super().__init__()
        self.depot_embed = nn.Dense(2, embed_dim)
        self.pick_embed = nn.Dense(4, embed_dim)
        self.deliv_embed = self.pick_embed if share_weights else nn.Dense(4, embed_dim)

    def pair_features(self, a, b):
        return ops.concat([a, b], -1)

    def construct(self, locs):
        depot, customers = locs[:, :1], locs[:, 1:]
        half = customers.shape[1] // 2
        pick, deliv = customers[:, :half], customers[:, half:]
        h_pick = self.pick_embed(self.pair_features(pick, deliv))
        h_deliv = self.deliv_embed(self.pair_features(deliv, pick))
        return ops.concat([self.depot_embed(depot), h_pick, h_deliv], 1)


def make():
    np.random.seed(33)
    return PDPEncoder(), (Tensor(np.random.rand(2, 7, 2).astype(np.float32)),)
