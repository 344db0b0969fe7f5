# case: crops predictions to a maximum number of frames taken from the constructor and the input shape (Python ints) -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CroppedFramePredictor(nn.Cell):
    def __init__(self, in_dim=10, n_classes=5, max_frames=24, hop_ratio=2):
        super().__init__()
        self.fc = nn.Dense(in_dim, n_classes)
        self.max_frames = max_frames
        self.hop_ratio = hop_ratio

    def construct(self, feats):
        # feats: (batch, frames, in_dim)
        t = feats.shape[1]
        keep = min(t, self.max_frames)
        feats = feats[:, :keep, :]
        probs = ops.sigmoid(self.fc(feats))
        coarse = probs[:, ::self.hop_ratio, :]
        return probs, coarse


def make():
    np.random.seed(15)
    feats = Tensor(np.random.randn(2, 30, 10).astype(np.float32))
    return CroppedFramePredictor(), (feats,)
