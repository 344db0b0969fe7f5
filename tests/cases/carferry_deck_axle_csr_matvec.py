# case: deck strength check multiplies a CSR influence matrix (frames x vehicle slots) by the slot loads to get frame bending loads -> sparse CSR tensor in the graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameLoadCheck(nn.Cell):
    def __init__(self, n_frames=4, n_slots=6, allowable_t=60.0):
        super().__init__()
        self.shape = (n_frames, n_slots)
        self.allowable = allowable_t

    def construct(self, indptr, indices, weights, slot_loads):
        influence = ms.CSRTensor(indptr, indices, weights, self.shape)
        frame_load = influence.mv(slot_loads.reshape(-1, 1))
        utilisation = frame_load / self.allowable
        return frame_load.reshape(-1), utilisation.max()


def make():
    np.random.seed(8)
    indptr = np.array([0, 2, 4, 6, 8], np.int32)
    indices = np.array([0, 1, 1, 2, 3, 4, 4, 5], np.int32)
    weights = np.random.uniform(0.3, 0.9, 8).astype(np.float32)
    loads = np.random.uniform(5, 40, 6).astype(np.float32)
    return FrameLoadCheck(), (Tensor(indptr), Tensor(indices), Tensor(weights), Tensor(loads))
