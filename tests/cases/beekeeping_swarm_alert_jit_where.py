# case: jitted swarm alert function scores the last fixed window of acoustic frames and picks an alert level with ops.where -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ALERT_SCORE = 0.7
ALERT_FRAMES = 8


def frame_score(frames, weights):
    return ops.sigmoid((frames * weights).sum(axis=1))


@ms.jit
def swarm_alert(frames, weights):
    recent = frames[-ALERT_FRAMES:]
    scores = frame_score(recent, weights)
    level = ops.where(scores > ALERT_SCORE, ops.full_like(scores, 2.0), ops.full_like(scores, 0.0))
    return level, scores.mean()


def make():
    np.random.seed(142)
    frames = np.random.randn(20, 16).astype(np.float32) + 0.5
    weights = np.ones(16, np.float32)
    return swarm_alert, (Tensor(frames), Tensor(weights))
