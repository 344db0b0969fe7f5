# case: device-fingerprint embedding hashes raw device ids in a module helper wrapped in try/except with a Python-operator fallback -> graph mode rejects try statements
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEVICE_BUCKETS = 64


def hash_device_ids(ids, buckets):
    try:
        return ops.floor_mod(ids, buckets)
    except TypeError:
        return ids % buckets


class DeviceEmbedding(nn.Cell):
    def __init__(self, dim=8, buckets=DEVICE_BUCKETS, pooling="mean"):
        super().__init__()
        self.buckets = buckets
        self.pooling = pooling
        self.table = nn.Embedding(buckets, dim)

    def construct(self, device_ids, txn_mask):
        buckets = hash_device_ids(device_ids, self.buckets)
        vecs = self.table(buckets) * txn_mask.expand_dims(-1)
        if self.pooling == "sum":
            return vecs.sum(axis=1)
        return vecs.sum(axis=1) / ops.maximum(txn_mask.sum(axis=1, keepdims=True), 1.0)


def make():
    np.random.seed(3765)
    ids = np.random.randint(0, 100000, size=(4, 9)).astype(np.int32)
    mask = np.ones((4, 9), np.float32)
    mask[3, 5:] = 0.0
    return DeviceEmbedding(), (Tensor(ids), Tensor(mask))
