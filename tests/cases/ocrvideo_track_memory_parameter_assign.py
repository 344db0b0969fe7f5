# case: re-ID tracker keeps track embeddings in a non-trainable Parameter and updates it with ops.assign using an EMA -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TrackMemory(nn.Cell):
    def __init__(self, max_tracks=6, dim=16, momentum=0.9, sim_thresh=0.5):
        super().__init__()
        self.memory = Parameter(Tensor(np.zeros((max_tracks, dim), np.float32)), name="track_memory",
                                requires_grad=False)
        self.age = Parameter(Tensor(np.zeros((max_tracks,), np.int32)), name="track_age", requires_grad=False)
        self.momentum = momentum
        self.sim_thresh = sim_thresh

    def _normalize(self, x):
        return x / (ops.norm(x, dim=-1, keepdim=True) + 1e-6)

    def construct(self, det_embeds):
        det = self._normalize(det_embeds)
        sim = ops.matmul(self._normalize(self.memory), det.T)  # (M, N)
        best_sim = sim.max(axis=1)
        best_det = sim.argmax(axis=1)
        matched = (best_sim > self.sim_thresh).reshape(-1, 1)
        target = ops.gather(det, best_det, 0)
        updated = self.momentum * self.memory + (1 - self.momentum) * target
        new_mem = ops.where(matched, updated, self.memory)
        ops.assign(self.memory, new_mem)
        ops.assign_add(self.age, ops.ones_like(self.age))
        return best_det, best_sim


def make():
    np.random.seed(25)
    net = TrackMemory()
    net.memory.set_data(Tensor(np.random.randn(6, 16).astype(np.float32)))
    dets = Tensor(np.random.randn(5, 16).astype(np.float32))
    return net, (dets,)
