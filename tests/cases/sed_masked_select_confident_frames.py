# case: clip score is the mean of only the frame probabilities above a confidence floor, gathered with masked_select -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfidentFramePool(nn.Cell):
    def __init__(self, in_dim=8, floor=0.3):
        super().__init__()
        self.fc = nn.Dense(in_dim, 1)
        self.floor = floor

    def construct(self, feats):
        # feats: (frames, in_dim) for a single clip
        frame_prob = ops.sigmoid(self.fc(feats)).squeeze(-1)
        keep = frame_prob > self.floor
        confident = ops.masked_select(frame_prob, keep)
        clip_prob = confident.mean()
        return clip_prob


def make():
    np.random.seed(4)
    feats = Tensor(np.random.randn(40, 8).astype(np.float32))
    return ConfidentFramePool(), (feats,)
