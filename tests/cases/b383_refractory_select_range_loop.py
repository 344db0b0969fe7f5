# case: refractory-period detector unrolls a loop over range(num_frames) (Python int from the config) carrying a countdown tensor and uses ops.select to suppress re-triggers -> loop bound constant, tensors keep shape, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefractoryConfig:
    def __init__(self, num_frames=24, threshold=0.7, refractory=5):
        self.num_frames = num_frames
        self.threshold = threshold
        self.refractory = refractory


class RefractoryDetector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_frames = config.num_frames
        self.threshold = config.threshold
        self.refractory = float(config.refractory)

    def _step(self, score, countdown):
        fire = ops.logical_and(score > self.threshold, countdown <= 0)
        countdown = ops.select(fire, ops.full_like(countdown, self.refractory),
                               ops.maximum(countdown - 1.0, 0.0))
        return fire, countdown

    def construct(self, scores):
        countdown = ops.zeros(scores.shape[:1], ms.float32)
        fired = []
        for t in range(self.num_frames):
            fire, countdown = self._step(scores[:, t], countdown)
            fired.append(fire)
        return ops.stack(fired, axis=1)


def make():
    np.random.seed(38325)
    scores = np.random.rand(2, 24).astype(np.float32) * 0.5
    scores[0, 3:10] = 0.9
    scores[1, 15] = 0.8
    return RefractoryDetector(RefractoryConfig()), (Tensor(scores),)
