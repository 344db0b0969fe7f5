# case: conditional generator turns one-hot class conditioning into class ids with ops.nonzero before the label embedding -> nonzero output size depends on data, Graph mode should fail or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CondGenConfig:
    def __init__(self, z_dim=16, num_classes=4, embed_dim=8, ngf=8, label_format="onehot"):
        self.z_dim = z_dim
        self.num_classes = num_classes
        self.embed_dim = embed_dim
        self.ngf = ngf
        self.label_format = label_format


class LabelEmbedding(nn.Embedding):
    def __init__(self, config):
        super().__init__(config.num_classes, config.embed_dim)
        self.label_format = config.label_format

    def construct(self, c):
        if self.label_format == "onehot":
            c = ops.nonzero(c)[:, 1].astype(ms.int32)
        return super().construct(c)


class ConditionalGenerator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ngf = config.ngf
        self.embed = LabelEmbedding(config)
        self.fc = nn.Dense(config.z_dim + config.embed_dim, config.ngf * 16)
        self.conv = nn.Conv2dTranspose(config.ngf, 3, 4, stride=2, pad_mode="same")

    def construct(self, z, c=None):
        if c is not None:
            z = ops.concat((z, self.embed(c)), axis=1)
        x = self.fc(z).reshape(z.shape[0], self.ngf, 4, 4)
        return ops.tanh(self.conv(ops.relu(x)))


def make():
    np.random.seed(3555)
    net = ConditionalGenerator(CondGenConfig())
    z = Tensor(np.random.randn(3, 16).astype(np.float32))
    c = Tensor(np.eye(4, dtype=np.float32)[[0, 2, 3]])
    return net, (z, c)
