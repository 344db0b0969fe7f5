# case: jit function crops a clip to the span between the first and last frame with a detected hand, slicing with tensor start/end from argmax -> slice bounds from tensor values, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def crop_active_span(clip, hand_conf):
    # clip: (T, J, 3), hand_conf: (T,)
    active = (hand_conf > 0.5).astype(ms.int32)
    start = ops.argmax(active)
    end = active.shape[0] - ops.argmax(active[::-1])
    span = clip[start:end]
    return span.mean(axis=0), end - start


def make():
    np.random.seed(20)
    clip = Tensor(np.random.randn(10, 21, 3).astype(np.float32))
    conf = Tensor(np.array([0.1, 0.2, 0.7, 0.9, 0.4, 0.8, 0.6, 0.1, 0.0, 0.2], np.float32))
    return crop_active_span, (clip, conf)
