# case: MoCo-style image-text memory queue implemented as @ms.jit_class whose pointer/buffer is mutated inside construct -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class FeatureQueue:
    def __init__(self, size=8, dim=16):
        self.size = size
        self.buffer = Tensor(np.zeros((size, dim), np.float32))
        self.ptr = 0

    def enqueue(self, feats):
        n = feats.shape[0]
        idx = (ops.arange(n, dtype=ms.int32) + self.ptr) % self.size
        self.buffer = ops.tensor_scatter_update(self.buffer, idx.expand_dims(-1), feats)
        self.ptr = (self.ptr + n) % self.size
        return self.buffer


class QueueContrastive(nn.Cell):
    def __init__(self, dim=16, temperature=0.07):
        super().__init__()
        self.img = nn.Dense(dim, dim)
        self.txt = nn.Dense(dim, dim)
        self.queue = FeatureQueue(8, dim)
        self.temperature = temperature

    def construct(self, images, texts):
        q = ops.L2Normalize(axis=-1)(self.img(images))
        k = ops.L2Normalize(axis=-1)(self.txt(texts))
        pos = (q * k).sum(axis=-1, keepdims=True)
        bank = self.queue.enqueue(k)
        neg = ops.matmul(q, bank.T)
        logits = ops.concat((pos, neg), axis=1) / self.temperature
        labels = ops.zeros((q.shape[0],), ms.int32)
        return ops.cross_entropy(logits, labels)


def make():
    np.random.seed(30)
    net = QueueContrastive()
    img = Tensor(np.random.randn(4, 16).astype(np.float32))
    txt = Tensor(np.random.randn(4, 16).astype(np.float32))
    return net, (img, txt)
