# case: BMN-style temporal evaluation with shared 1-D conv base and separate start/end sigmoid heads -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def conv1d_block(cin, cout, k=3, groups=1):
    return nn.SequentialCell([
        nn.Conv1d(cin, cout, k, pad_mode="same", group=groups, has_bias=True),
        nn.ReLU(),
    ])


class BoundaryHeads(nn.Cell):
    """Predicts per-snippet start and end probabilities."""

    def __init__(self, feat_dim=16, hidden=8, groups=4):
        super().__init__()
        self.base = nn.SequentialCell([conv1d_block(feat_dim, hidden, groups=groups), conv1d_block(hidden, hidden, groups=groups)])
        self.start_head = nn.SequentialCell([conv1d_block(hidden, hidden // 2), nn.Conv1d(hidden // 2, 1, 1, has_bias=True)])
        self.end_head = nn.SequentialCell([conv1d_block(hidden, hidden // 2), nn.Conv1d(hidden // 2, 1, 1, has_bias=True)])

    def construct(self, snippets):
        # snippets: (B, C, T)
        base = self.base(snippets)
        start = ops.sigmoid(self.start_head(base)).squeeze(1)
        end = ops.sigmoid(self.end_head(base)).squeeze(1)
        return start, end


def make():
    np.random.seed(31)
    x = Tensor(np.random.randn(2, 16, 12).astype(np.float32))
    return BoundaryHeads(), (x,)
