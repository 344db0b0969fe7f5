# case: jit-compiled prototype-replay loss selects the replayed rows of the batch with a boolean mask index and gathers their class prototypes -> boolean mask indexing gives a data-dependent shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PROTO_WEIGHT = 0.5


def _sq_dist(a, b):
    return ((a - b) ** 2).sum(axis=-1)


@ms.jit
def replay_prototype_loss(features, labels, is_replay, prototypes):
    replay_feats = features[is_replay]
    replay_labels = labels[is_replay]
    protos = ops.gather(prototypes, replay_labels, 0)
    return PROTO_WEIGHT * _sq_dist(replay_feats, protos).mean()


def make():
    np.random.seed(36)
    feats = Tensor(np.random.randn(10, 6).astype(np.float32))
    labels = Tensor(np.random.randint(0, 4, size=(10,)).astype(np.int32))
    is_replay = Tensor(np.array([0, 1, 1, 0, 0, 1, 0, 1, 0, 0], np.bool_))
    protos = Tensor(np.random.randn(4, 6).astype(np.float32))
    return replay_prototype_loss, (feats, labels, is_replay, protos)
