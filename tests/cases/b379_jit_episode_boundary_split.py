# case: @ms.jit dataset-side helper splits a flat trajectory of actions at the done flags: ops.nonzero finds the episode ends and per-episode action means are computed from the data-dependent segments -> nonzero output size and segment lengths depend on data, expect Graph mode to refuse or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MIN_EPISODE_LEN = 1


def _segment_bounds(done):
    ends = ops.nonzero(done).view(-1) + 1
    starts = ops.concat([ops.zeros(1, ms.int64), ends[:-1].astype(ms.int64)])
    return starts, ends


@ms.jit
def episode_action_means(actions, done):
    starts, ends = _segment_bounds(done)
    lengths = ends - starts
    csum = ops.concat([ops.zeros((1, actions.shape[1]), actions.dtype), ops.cumsum(actions, axis=0)])
    sums = ops.gather(csum, ends, 0) - ops.gather(csum, starts, 0)
    return sums / ops.maximum(lengths, MIN_EPISODE_LEN).astype(actions.dtype).expand_dims(1)


def make():
    np.random.seed(36)
    actions = Tensor(np.random.randn(12, 7).astype(np.float32))
    done = np.zeros(12, dtype=np.bool_)
    done[[3, 8, 11]] = True
    return episode_action_means, (actions, Tensor(done))
