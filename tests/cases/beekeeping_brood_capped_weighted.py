# case: brood frame cell scorer averages capped-cell probabilities using a float mask by multiplication -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BroodCellScorer(nn.Cell):
    def __init__(self, in_ch=3, hidden=8, capped_thr=0.5):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, hidden, 3, pad_mode="same")
        self.head = nn.Conv2d(hidden, 1, 1)
        self.act = nn.ReLU()
        self.sigmoid = nn.Sigmoid()
        self.capped_thr = capped_thr

    def construct(self, frame_patch):
        feat = self.act(self.conv(frame_patch))
        prob = self.sigmoid(self.head(feat)).reshape(-1)
        mask = (prob > self.capped_thr).astype(ms.float32)
        n_capped = mask.sum()
        capped_mean = (prob * mask).sum() / ops.maximum(n_capped, 1.0)
        capped_ratio = n_capped / prob.shape[0]
        return capped_mean, capped_ratio


def make():
    np.random.seed(12)
    patch = np.random.rand(1, 3, 16, 16).astype(np.float32)
    return BroodCellScorer(), (Tensor(patch),)
