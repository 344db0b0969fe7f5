# case: ms.jit function that finds active classes with nonzero on clip decisions and gathers their frame-level curves -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def active_class_curves(frame_probs, threshold):
    # frame_probs: (frames, classes)
    clip = frame_probs.max(axis=0)
    active = ops.nonzero(clip > threshold).reshape(-1)
    curves = ops.gather(frame_probs, active, 1)
    return curves.transpose(1, 0)


def make():
    np.random.seed(32)
    probs = Tensor(np.random.rand(20, 6).astype(np.float32))
    thr = Tensor(0.8, ms.float32)
    return active_class_curves, (probs, thr)
