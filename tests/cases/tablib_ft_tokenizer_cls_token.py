# case: FT-Transformer numerical feature tokenizer builds per-feature weight/bias Parameters in a helper and prepends a CLS token broadcast to x.shape[0] -> Graph mode compiles statically
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class FTConfig:
    def __init__(self, n_num_features=6, d_token=8, bias=True, cls_token=True):
        self.n_num_features = n_num_features
        self.d_token = d_token
        self.bias = bias
        self.cls_token = cls_token


class _TokenizerBase(nn.Cell):
    def _uniform_param(self, shape, name):
        bound = 1.0 / math.sqrt(shape[-1])
        data = np.random.uniform(-bound, bound, size=shape).astype(np.float32)
        return Parameter(Tensor(data), name=name)

    def _append_cls(self, tokens):
        cls = ops.broadcast_to(self.cls_weight, (tokens.shape[0], 1, tokens.shape[-1]))
        return ops.cat([cls, tokens], axis=1)


class NumericalFeatureTokenizer(_TokenizerBase):
    def __init__(self, config):
        super().__init__()
        n, d = config.n_num_features, config.d_token
        self.weight = self._uniform_param((n, d), "weight")
        self.bias = self._uniform_param((n, d), "bias") if config.bias else None
        self.use_cls = config.cls_token
        if self.use_cls:
            self.cls_weight = self._uniform_param((1, 1, d), "cls_weight")

    def construct(self, x_num):
        tokens = self.weight[None] * x_num[..., None]
        if self.bias is not None:
            tokens = tokens + self.bias[None]
        if self.use_cls:
            tokens = self._append_cls(tokens)
        return tokens


def make():
    np.random.seed(22)
    x = Tensor(np.random.randn(5, 6).astype(np.float32))
    return NumericalFeatureTokenizer(FTConfig()), (x,)
