# case: AdaFace head stores the batch mean/std of feature norms on plain self attributes inside construct for the adaptive margin -> attribute write of tensors on self in construct, may be rejected in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class AdaFaceConfig:
    embedding_size = 32
    num_classes = 12
    margin = 0.4
    h = 0.333
    scale = 64.0
    t_alpha = 1.0


class AdaFaceHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.m = config.margin
        self.h = config.h
        self.s = config.scale
        self.t_alpha = config.t_alpha
        self.num_classes = config.num_classes
        self.batch_mean = Tensor(20.0, ms.float32)
        self.batch_std = Tensor(100.0, ms.float32)
        self.kernel = Parameter(Tensor(np.random.randn(config.embedding_size, config.num_classes).astype(np.float32) * 0.05), name="kernel")

    def _update_stats(self, norms):
        mean = ops.stop_gradient(norms.mean())
        std = ops.stop_gradient(norms.std())
        self.batch_mean = mean * self.t_alpha + (1 - self.t_alpha) * self.batch_mean
        self.batch_std = std * self.t_alpha + (1 - self.t_alpha) * self.batch_std

    def construct(self, emb, labels):
        norms = ops.norm(emb, dim=1, keepdim=True).clip(0.001, 100.0)
        self._update_stats(norms)
        margin_scaler = ((norms - self.batch_mean) / (self.batch_std + 1e-3) * self.h).clip(-1.0, 1.0)
        cos = ops.matmul(emb / norms, ops.L2Normalize(axis=0)(self.kernel)).clip(-1 + 1e-3, 1 - 1e-3)
        onehot = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        theta = ops.acos(cos) + onehot * (-self.m * margin_scaler)
        logits = ops.cos(theta.clip(1e-3, 3.14159 - 1e-3)) - onehot * (self.m + self.m * margin_scaler)
        return logits * self.s


def make():
    np.random.seed(37609)
    emb = Tensor((np.random.randn(8, AdaFaceConfig.embedding_size) * 3).astype(np.float32))
    labels = Tensor(np.random.randint(0, AdaFaceConfig.num_classes, 8).astype(np.int32))
    return AdaFaceHead(AdaFaceConfig()), (emb, labels)
