# case: if any finger reports contact returns only the two contact fingers' forces, otherwise all four finger forces -> branches on a tensor value return different shapes, an error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContactReport(nn.Cell):
    def __init__(self, contact_threshold=0.2):
        super().__init__()
        self.contact_threshold = contact_threshold

    def construct(self, finger_forces):
        contact = finger_forces > self.contact_threshold
        if contact.any():
            sorted_f, _ = ops.sort(finger_forces, descending=True)
            out = sorted_f[:2]
        else:
            out = finger_forces
        return out * 1.0


def make():
    np.random.seed(13)
    forces = Tensor(np.random.rand(4).astype(np.float32))
    return ContactReport(), (forces,)
