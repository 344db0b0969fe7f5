# case: posterior smoothing over w_smooth frames and Sinha-style confidence max over a sliding window, all via fixed-size pooling -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PosteriorHandler(nn.Cell):
    def __init__(self, w_smooth=5, w_max=10):
        super().__init__()
        self.w_smooth = w_smooth
        self.w_max = w_max
        self.win_max = nn.MaxPool1d(kernel_size=w_max, stride=1)

    def smooth(self, post):
        # post: (B, K, T); causal moving average
        padded = ops.pad(post, (self.w_smooth - 1, 0), mode="replicate")
        return ops.avg_pool1d(padded, kernel_size=self.w_smooth, stride=1)

    def confidence(self, smoothed):
        padded = ops.pad(smoothed, (self.w_max - 1, 0))
        win_max = self.win_max(padded)
        kw = win_max[:, 1:, :]                 # drop filler class
        n_kw = kw.shape[1]
        return ops.pow(ops.prod(kw + 1e-6, axis=1), 1.0 / n_kw)

    def construct(self, logits):
        post = ops.softmax(logits, axis=1)
        return self.confidence(self.smooth(post))


def make():
    np.random.seed(25)
    logits = np.random.randn(2, 4, 30).astype(np.float32)
    return PosteriorHandler(), (Tensor(logits),)
