# case: builds the hard phoneme-to-frame alignment as a COOTensor from duration-derived indices and multiplies it densely -> compile error / dynamic at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseAlignmentExpander(nn.Cell):
    """Expands phoneme features to frames with a sparse (T_mel, T_text) alignment."""

    def __init__(self, hidden=8, max_frames=12):
        super().__init__()
        self.max_frames = max_frames
        self.pre = nn.Dense(hidden, hidden)

    def _alignment_indices(self, durations):
        ends = ops.cumsum(durations, 0)
        starts = ends - durations
        frame_ids = ops.arange(self.max_frames).expand_dims(1)
        hit = ops.logical_and(frame_ids >= starts.expand_dims(0), frame_ids < ends.expand_dims(0))
        return ops.argwhere(hit)

    def construct(self, phone_hidden, durations):
        h = self.pre(phone_hidden)
        indices = self._alignment_indices(durations)
        values = ops.ones((indices.shape[0],), ms.float32)
        align = COOTensor(indices, values, (self.max_frames, phone_hidden.shape[0]))
        return align.to_dense() @ h


def make():
    np.random.seed(13)
    h = Tensor(np.random.randn(4, 8).astype(np.float32))
    d = Tensor(np.array([3, 2, 4, 1], dtype=np.int32))
    return SparseAlignmentExpander(), (h, d)
