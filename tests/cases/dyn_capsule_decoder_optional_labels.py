# case: capsule decoder masks digit capsules by the given label or, when labels is None, by the longest capsule via one_hot -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CapsuleDecoder(nn.Cell):
    def __init__(self, num_caps=4, cap_dim=8, out_dim=20):
        super().__init__()
        self.num_caps = num_caps
        self.fc1 = nn.Dense(num_caps * cap_dim, 32)
        self.fc2 = nn.Dense(32, out_dim)

    def select_mask(self, caps, labels=None):
        if labels is None:
            lengths = ops.sqrt((caps * caps).sum(axis=-1))
            labels = lengths.argmax(axis=-1)
        return ops.one_hot(labels, self.num_caps, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))

    def construct(self, caps, labels=None):
        mask = self.select_mask(caps, labels)
        masked = caps * mask.expand_dims(-1)
        flat = masked.reshape(caps.shape[0], -1)
        recon = ops.sigmoid(self.fc2(ops.relu(self.fc1(flat))))
        return recon


class CapsNetHead(nn.Cell):
    def __init__(self, use_labels=False):
        super().__init__()
        self.decoder = CapsuleDecoder()
        self.use_labels = use_labels

    def construct(self, caps, labels):
        if isinstance(labels, Tensor) and self.use_labels:
            return self.decoder(caps, labels)
        return self.decoder(caps)


def make():
    np.random.seed(33)
    caps = Tensor(np.random.randn(3, 4, 8).astype(np.float32))
    labels = Tensor(np.array([0, 2, 1], np.int32))
    return CapsNetHead(), (caps, labels)
