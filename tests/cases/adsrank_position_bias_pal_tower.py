# case: PAL position-bias tower adds a position-embedding CTR factor in training, positions from arange over the list length, optional position tensor guarded by None -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PositionBiasTower(nn.Cell):
    def __init__(self, max_positions=10, emb_dim=4):
        super().__init__()
        self.max_positions = max_positions
        self.pos_emb = nn.Embedding(max_positions, emb_dim)
        self.out = nn.Dense(emb_dim, 1)

    def construct(self, positions):
        positions = ops.clamp(positions, 0, self.max_positions - 1)
        return ops.sigmoid(self.out(self.pos_emb(positions))).squeeze(-1)


class PalRanker(nn.Cell):
    def __init__(self, feat_dim=6, use_position_bias=True):
        super().__init__()
        self.use_position_bias = use_position_bias
        self.relevance = nn.Dense(feat_dim, 1)
        self.pos_tower = PositionBiasTower()

    def construct(self, feats, positions=None):
        batch, list_len = feats.shape[0], feats.shape[1]
        p_rel = ops.sigmoid(self.relevance(feats)).squeeze(-1)
        if not self.training or not self.use_position_bias:
            return p_rel
        if positions is None:
            positions = ops.tile(ops.arange(list_len, dtype=ms.int32).expand_dims(0), (batch, 1))
        return p_rel * self.pos_tower(positions)


def make():
    np.random.seed(18)
    feats = Tensor(np.random.randn(2, 7, 6).astype(np.float32))
    net = PalRanker()
    net.set_train(True)
    return net, (feats,)
