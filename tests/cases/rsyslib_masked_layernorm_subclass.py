# case: SASRec block uses a LayerNorm subclass that re-zeroes padded timesteps after normalisation (optional timeline mask defaulting to None) -> mask used by multiplication, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TimelineLayerNorm(nn.LayerNorm):
    def __init__(self, hidden, eps=1e-8):
        super().__init__((hidden,), epsilon=eps)

    def construct(self, x, timeline_mask=None):
        y = super().construct(x)
        if timeline_mask is not None:
            y = y * timeline_mask.expand_dims(-1).astype(y.dtype)
        return y


class FeedForwardBlock(nn.Cell):
    def __init__(self, hidden, dropout=0.2):
        super().__init__()
        self.norm = TimelineLayerNorm(hidden)
        self.fc1 = nn.Dense(hidden, hidden, activation="relu")
        self.fc2 = nn.Dense(hidden, hidden)
        self.drop = nn.Dropout(p=dropout)

    def construct(self, h, timeline_mask=None):
        out = self.fc2(self.drop(self.fc1(h)))
        return self.norm(h + out, timeline_mask)


class BlockStack(nn.Cell):
    def __init__(self, hidden=8, n_blocks=2):
        super().__init__()
        self.blocks = nn.CellList([FeedForwardBlock(hidden) for _ in range(n_blocks)])

    def construct(self, h, item_ids):
        timeline_mask = item_ids != 0
        h = h * timeline_mask.expand_dims(-1).astype(h.dtype)
        for block in self.blocks:
            h = block(h, timeline_mask=timeline_mask)
        return h


def make():
    np.random.seed(3605)
    ids = np.random.randint(1, 20, size=(2, 6)).astype(np.int32)
    ids[0, :2] = 0
    h = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    net = BlockStack()
    net.set_train(False)
    return net, (h, Tensor(ids))
