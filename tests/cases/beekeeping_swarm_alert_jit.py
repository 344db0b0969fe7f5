# case: jitted swarm alert function trims the acoustic feature window when the tensor-valued swarm score is high, otherwise returns the full window -> tensor-dependent if with different shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ALERT_SCORE = 0.7
ALERT_FRAMES = 8


@ms.jit
def swarm_alert(frames, weights):
    score = ops.sigmoid((frames * weights).sum(axis=1)).mean()
    if score > ALERT_SCORE:
        out = frames[-ALERT_FRAMES:]
    else:
        out = frames
    return out, score


def make():
    np.random.seed(141)
    frames = np.random.randn(20, 16).astype(np.float32) + 0.5
    weights = np.ones(16, np.float32)
    return swarm_alert, (Tensor(frames), Tensor(weights))
