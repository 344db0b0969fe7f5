# case: causal exponential-moving-average keypoint smoothing across a clip, loop bound from .shape and confidence-gated update -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeypointEMASmoother(nn.Cell):
    def __init__(self, momentum=0.7, conf_thr=0.3):
        super().__init__()
        self.momentum = momentum
        self.conf_thr = conf_thr

    def _step(self, state, obs, conf):
        upd = self.momentum * state + (1.0 - self.momentum) * obs
        trusted = (conf > self.conf_thr).expand_dims(-1)
        return ops.where(trusted, upd, state)

    def construct(self, kpts, conf):
        # kpts: (T, K, 2), conf: (T, K)
        num_frames = kpts.shape[0]
        state = kpts[0]
        outs = [state]
        for t in range(1, num_frames):
            state = self._step(state, kpts[t], conf[t])
            outs.append(state)
        return ops.stack(outs, axis=0)


def make():
    np.random.seed(23)
    k = np.cumsum(np.random.randn(8, 17, 2), axis=0).astype(np.float32)
    c = np.random.rand(8, 17).astype(np.float32)
    return KeypointEMASmoother(), (Tensor(k), Tensor(c))
