# case: overlap-aware output head whose second-speaker branch is switched by a Python bool constructor flag -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverlapHead(nn.Cell):
    def __init__(self, in_dim=16, n_speakers=4, handle_overlap=True):
        super().__init__()
        self.handle_overlap = handle_overlap
        self.primary = nn.Dense(in_dim, n_speakers)
        self.overlap_det = nn.Dense(in_dim, 1)
        self.sigmoid = nn.Sigmoid()
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, frames):
        # frames: (B, T, D)
        logits = self.primary(frames)
        post = self.softmax(logits)
        if self.handle_overlap:
            p_ov = self.sigmoid(self.overlap_det(frames))
            second = ops.topk(post, 2)[0][..., 1:2]
            post = post + p_ov * second
        return post


def make():
    np.random.seed(14)
    frames = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    return OverlapHead(), (frames,)
