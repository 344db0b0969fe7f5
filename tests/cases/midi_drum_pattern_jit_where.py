# case: jit function that builds a drum-track loss mask from channel ids with ops.where and applies it to per-event cross entropy -> fixed-size mask, static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

DRUM_CHANNEL = 9


@ms.jit
def masked_event_loss(logits, targets, channels, drum_weight=0.5):
    logp = ops.log_softmax(logits, axis=-1)
    nll = -ops.gather_elements(logp, -1, targets.expand_dims(-1)).squeeze(-1)
    is_drum = channels == DRUM_CHANNEL
    weights = ops.where(is_drum, ops.full_like(nll, drum_weight), ops.ones_like(nll))
    return (nll * weights).sum() / weights.sum()


def make():
    np.random.seed(46)
    logits = Tensor(np.random.randn(2, 10, 32).astype(np.float32))
    targets = Tensor(np.random.randint(0, 32, size=(2, 10)).astype(np.int32))
    channels = Tensor(np.random.choice([0, 9], size=(2, 10)).astype(np.int32))
    return masked_event_loss, (logits, targets, channels)
