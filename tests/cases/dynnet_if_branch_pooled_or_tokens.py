# case: adaptive ViT stage returns pooled features when the CLS confidence is high and the full token map otherwise, chosen by an if on a tensor -> branches with different shapes, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveStage(nn.Cell):
    def __init__(self, dim=8, threshold=0.5):
        super().__init__()
        self.mixer = nn.Dense(dim, dim)
        self.conf_head = nn.Dense(dim, 1)
        self.threshold = threshold

    def construct(self, tokens):
        tokens = tokens + ops.gelu(self.mixer(tokens))
        conf = ops.sigmoid(self.conf_head(tokens[:, 0])).mean()
        if conf > self.threshold:
            out = tokens.mean(axis=1)
        else:
            out = tokens
        return out


def make():
    np.random.seed(27)
    tokens = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    return AdaptiveStage(), (tokens,)
