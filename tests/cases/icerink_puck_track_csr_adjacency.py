# case: link puck detections across consecutive frames through a CSR adjacency matrix and propagate confidence with a sparse matmul -> sparse tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackletPropagation(nn.Cell):
    def __init__(self, n_detections=5, decay=0.8):
        super().__init__()
        self.shape = (n_detections, n_detections)
        self.decay = decay

    def construct(self, indptr, indices, weights, conf):
        link = ms.CSRTensor(indptr, indices, weights, self.shape)
        prop = link.mv(conf.reshape(-1, 1)).reshape(-1)
        return ops.maximum(conf, self.decay * prop)


def make():
    np.random.seed(3131)
    indptr = np.array([0, 1, 2, 3, 4, 4], dtype=np.int32)
    indices = np.array([1, 2, 3, 4], dtype=np.int32)
    weights = np.random.uniform(0.5, 1.0, size=(4,)).astype(np.float32)
    conf = np.random.rand(5).astype(np.float32)
    return TrackletPropagation(), (Tensor(indptr), Tensor(indices), Tensor(weights), Tensor(conf))
