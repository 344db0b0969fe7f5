# case: finds fingertip contact points whose measured normal force exceeds a threshold with nonzero and gathers their positions -> dynamic-shape nonzero/gather in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContactExtractor(nn.Cell):
    def __init__(self, force_threshold=0.5):
        super().__init__()
        self.force_threshold = force_threshold

    def construct(self, forces, positions):
        in_contact = forces > self.force_threshold
        idx = ops.nonzero(in_contact).squeeze(-1)
        contact_pos = ops.gather(positions, idx, 0)
        centroid = contact_pos.mean(axis=0)
        return centroid, idx


def make():
    np.random.seed(4)
    forces = Tensor(np.random.rand(12).astype(np.float32))
    positions = Tensor(np.random.randn(12, 3).astype(np.float32))
    return ContactExtractor(), (forces, positions)
