# case: secondary-structure cell that walks predicted per-residue labels and appends (start, end) helix segments to a list in a data-dependent loop -> error or dynamic in graph mode (list grown under tensor conditions)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HELIX = 0


class HelixSegmenter(nn.Cell):
    def __init__(self, d_model=16, num_states=3):
        super().__init__()
        self.head = nn.Dense(d_model, num_states)

    def construct(self, hidden):
        labels = ops.argmax(self.head(hidden), dim=-1)
        n = labels.shape[0]
        segments = []
        start = -1
        for i in range(n):
            is_helix = labels[i] == HELIX
            if is_helix and start < 0:
                start = i
            elif not is_helix and start >= 0:
                segments.append((start, i))
                start = -1
        if start >= 0:
            segments.append((start, n))
        return segments


def make():
    np.random.seed(35)
    hidden = Tensor(np.random.randn(14, 16).astype(np.float32))
    return HelixSegmenter(), (hidden,)
