# case: conditional VAE decoder where class labels are optional (None guard) and the condition embedding defaults to zeros -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CondDecoder(nn.Cell):
    def __init__(self, z_dim=4, n_classes=5, embed_dim=3, out_dim=10, cond_dropout=None):
        super().__init__()
        self.label_embed = nn.Embedding(n_classes, embed_dim)
        self.fc = nn.SequentialCell([nn.Dense(z_dim + embed_dim, 16), nn.ReLU(), nn.Dense(16, out_dim)])
        self.embed_dim = embed_dim
        self.cond_dropout = cond_dropout

    def condition(self, z, labels):
        if labels is None:
            return ops.zeros((z.shape[0], self.embed_dim), z.dtype)
        c = self.label_embed(labels)
        if self.cond_dropout is not None:
            c = ops.dropout(c, p=self.cond_dropout)
        return c

    def construct(self, z, labels=None):
        c = self.condition(z, labels)
        h = ops.concat((z, c), axis=1)
        return ops.sigmoid(self.fc(h))


class CondSampler(nn.Cell):
    def __init__(self):
        super().__init__()
        self.decoder = CondDecoder()

    def construct(self, z, labels):
        cond = self.decoder(z, labels)
        uncond = self.decoder(z)
        return cond, uncond, (cond - uncond).abs().mean()


def make():
    np.random.seed(0)
    z = Tensor(np.random.randn(3, 4).astype(np.float32))
    labels = Tensor(np.array([0, 4, 2], np.int32))
    return CondSampler(), (z, labels)
