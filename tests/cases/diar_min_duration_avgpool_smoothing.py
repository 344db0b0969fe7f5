# case: minimum-duration smoothing of frame speech posteriors with a fixed-width moving average via conv1d and re-thresholding -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MinDurationSmoother(nn.Cell):
    def __init__(self, min_frames=5, threshold=0.5):
        super().__init__()
        self.min_frames = min_frames
        self.threshold = threshold
        kernel = np.ones((1, 1, min_frames), dtype=np.float32) / min_frames
        self.kernel = Tensor(kernel)
        self.pad = min_frames // 2

    def construct(self, speech_prob):
        # speech_prob: (B, T)
        x = speech_prob.expand_dims(1)
        x = ops.pad(x, (self.pad, self.pad), mode="replicate")
        smoothed = ops.conv1d(x, self.kernel)
        smoothed = smoothed.squeeze(1)
        return (smoothed > self.threshold).astype(ms.float32), smoothed


def make():
    np.random.seed(11)
    prob = Tensor(np.random.rand(2, 30).astype(np.float32))
    return MinDurationSmoother(), (prob,)
