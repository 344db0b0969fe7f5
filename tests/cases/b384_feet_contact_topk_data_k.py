# case: foot-contact feature that keeps the top-k strongest contact forces where k is the number of feet currently in contact (from data) -> dynamic k rejected or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContactConfig:
    num_feet = 4
    contact_threshold = 1.0


class ContactFeatures(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_feet = config.num_feet
        self.threshold = config.contact_threshold

    def _num_in_contact(self, forces):
        return int((forces[0] > self.threshold).sum())

    def construct(self, contact_forces):
        norms = ops.norm(contact_forces, dim=-1)
        k = self._num_in_contact(norms)
        top, _ = ops.topk(norms, k)
        return top.mean(axis=-1)


def make():
    np.random.seed(18)
    f = np.random.uniform(0, 3, size=(6, 4, 3)).astype(np.float32)
    return ContactFeatures(ContactConfig()), (Tensor(f),)
