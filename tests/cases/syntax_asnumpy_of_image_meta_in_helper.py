# near-miss: the top-level Cell hands its image metas (a list of dicts) to its own post-processing method, which reads img_metas[0]['scale_factor'].asnumpy(): folded with the list at LAX; STRICT refuses .asnumpy
import numpy as np
import mindspore
from mindspore import nn, Tensor


class Detector(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, boxes, img_metas):
        out = self.fc(boxes)
        return self.rescale(out, img_metas)

    def rescale(self, out, metas):
        scale = metas[0]['scale_factor'].asnumpy()
        return out / Tensor(scale, mindspore.float32)


def make():
    metas = [{'scale_factor': Tensor(np.array([0.5, 0.5, 0.5, 0.5], np.float32))}]
    return Detector(), (Tensor(np.ones((2, 4), np.float32)), metas)
