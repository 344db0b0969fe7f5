# case: detection head with a debug flag (on by default in the config) prints an f-string with the current max keyword score from inside construct -> f-string formatting a tensor in construct, Graph mode may reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    def __init__(self, hidden=32, num_labels=6, threshold=0.5, debug=True):
        self.hidden = hidden
        self.num_labels = num_labels
        self.threshold = threshold
        self.debug = debug


class DetectionHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.debug = config.debug
        self.threshold = config.threshold
        self.dense = nn.Dense(config.hidden, config.num_labels)

    def _log(self, post):
        if self.debug:
            top = post.max()
            print(f"[kws] max posterior {top} thr={self.threshold}")

    def construct(self, emb):
        post = ops.softmax(self.dense(emb), axis=-1)
        self._log(post)
        fired = (post[:, 1:] > self.threshold).any(axis=-1)
        return post, fired


def make():
    np.random.seed(38319)
    emb = Tensor(np.random.randn(4, 32).astype(np.float32))
    return DetectionHead(HeadConfig()), (emb,)
