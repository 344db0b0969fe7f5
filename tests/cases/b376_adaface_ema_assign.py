# case: AdaFace head keeps batch feature-norm statistics in non-trainable Parameters updated with ops.assign from inside a helper -> Parameter side effects, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class AdaFaceConfig:
    embedding_size = 32
    num_classes = 12
    margin = 0.4
    h = 0.333
    scale = 64.0
    t_alpha = 0.01


class NormStatsMixin:
    def _init_stats(self):
        self.batch_mean = Parameter(Tensor(np.array([20.0], np.float32)), name="batch_mean", requires_grad=False)
        self.batch_std = Parameter(Tensor(np.array([100.0], np.float32)), name="batch_std", requires_grad=False)

    def _update_stats(self, norms):
        mean = ops.stop_gradient(norms.mean())
        std = ops.stop_gradient(norms.std())
        ops.assign(self.batch_mean, mean * self.t_alpha + (1 - self.t_alpha) * self.batch_mean)
        ops.assign(self.batch_std, std * self.t_alpha + (1 - self.t_alpha) * self.batch_std)


class AdaFace(NormStatsMixin, nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.m, self.h, self.s, self.t_alpha = config.margin, config.h, config.scale, config.t_alpha
        self.num_classes = config.num_classes
        self.kernel = Parameter(Tensor(np.random.randn(config.embedding_size, config.num_classes).astype(np.float32) * 0.05), name="kernel")
        self._init_stats()

    def construct(self, emb, labels):
        norms = ops.norm(emb, dim=1, keepdim=True).clip(0.001, 100.0)
        self._update_stats(norms)
        scaler = ((norms - self.batch_mean) / (self.batch_std + 1e-3) * self.h).clip(-1.0, 1.0)
        cos = ops.matmul(emb / norms, ops.L2Normalize(axis=0)(self.kernel)).clip(-1 + 1e-3, 1 - 1e-3)
        onehot = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        theta = (ops.acos(cos) - onehot * self.m * scaler).clip(1e-3, 3.14159 - 1e-3)
        return (ops.cos(theta) - onehot * (self.m + self.m * scaler)) * self.s


def make():
    np.random.seed(37635)
    emb = Tensor((np.random.randn(8, AdaFaceConfig.embedding_size) * 3).astype(np.float32))
    labels = Tensor(np.random.randint(0, AdaFaceConfig.num_classes, 8).astype(np.int32))
    return AdaFace(AdaFaceConfig()), (emb, labels)
