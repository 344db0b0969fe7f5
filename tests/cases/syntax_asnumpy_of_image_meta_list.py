# near-miss: a top-level Cell handed mmdet-style image metas (a list of dicts holding Python tuples and a Tensor): MindSpore folds the whole list, so np.array of a meta tuple and .asnumpy() of a meta Tensor are constants at LAX (STRICT still refuses .asnumpy)
import numpy as np
import mindspore
from mindspore import nn, Tensor


class Detector(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, boxes, img_metas):
        scales = []
        for meta in img_metas:
            h, w, _ = meta['img_shape']
            scales.append(Tensor(np.array([[w, h, w, h]]), mindspore.float32))
        scale_factor = img_metas[0]['scale_factor'].asnumpy()
        out = self.fc(boxes) * scales[0]
        return out / Tensor(scale_factor, mindspore.float32)


def make():
    metas = [{'img_shape': (8, 6, 3), 'scale_factor': Tensor(np.array([0.5, 0.5, 0.5, 0.5], np.float32))}]
    return Detector(), (Tensor(np.ones((2, 4), np.float32)), metas)
