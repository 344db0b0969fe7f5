# case: jit-compiled detection scan walks the smoothed confidence track with a while loop, records each trigger frame in a Python list and jumps over the refractory period after a hit -> list grown under tensor conditions, Graph mode cannot compile it statically
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

THRESHOLD = 0.8
REFRACTORY_FRAMES = 10


def _is_hit(conf, t):
    return conf[t] > THRESHOLD


@ms.jit
def scan_triggers(confidence):
    num_frames = confidence.shape[0]
    hits = []
    t = 0
    while t < num_frames:
        if _is_hit(confidence, t):
            hits.append(t)
            t = t + REFRACTORY_FRAMES
        else:
            t = t + 1
    return Tensor(hits, ms.int32) if len(hits) > 0 else ops.zeros((0,), ms.int32)


def make():
    np.random.seed(3837)
    conf = np.random.rand(48).astype(np.float32) * 0.5
    conf[5:9] = 0.9
    conf[30] = 0.95
    return scan_triggers, (Tensor(conf),)
