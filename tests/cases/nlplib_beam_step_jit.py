# case: jitted beam-search step that adds running beam scores to log-probs, flattens beams x vocab, takes top 2*num_beams and splits ids into beam and token indices by floor-div/mod -> all sizes are Python constants, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_BEAMS = 3
VOCAB_SIZE = 24


def _reorder_cache(past, beam_idx):
    return tuple(ops.gather(layer_past, beam_idx, 0) for layer_past in past)


@ms.jit
def beam_search_step(logits, beam_scores, input_ids, past_key, past_value):
    batch_beams = logits.shape[0]
    batch_size = batch_beams // NUM_BEAMS
    next_scores = ops.log_softmax(logits, axis=-1) + beam_scores.reshape(-1, 1)
    next_scores = next_scores.reshape(batch_size, NUM_BEAMS * VOCAB_SIZE)
    next_scores, next_tokens = ops.topk(next_scores, 2 * NUM_BEAMS)
    next_indices = ops.floor_divide(next_tokens, VOCAB_SIZE)
    next_tokens = next_tokens % VOCAB_SIZE
    beam_idx = (next_indices[:, :NUM_BEAMS] + ops.arange(batch_size).reshape(-1, 1) * NUM_BEAMS).reshape(-1)
    input_ids = ops.concat((ops.gather(input_ids, beam_idx, 0),
                            next_tokens[:, :NUM_BEAMS].reshape(-1, 1).astype(input_ids.dtype)), axis=-1)
    past = _reorder_cache((past_key, past_value), beam_idx)
    return input_ids, next_scores[:, :NUM_BEAMS].reshape(-1), past


def make():
    np.random.seed(3392)
    bb = 2 * NUM_BEAMS
    logits = Tensor(np.random.randn(bb, VOCAB_SIZE).astype(np.float32))
    scores = Tensor(np.zeros(bb, dtype=np.float32))
    ids = Tensor(np.random.randint(0, VOCAB_SIZE, size=(bb, 4)).astype(np.int64))
    pk = Tensor(np.random.randn(bb, 2, 4, 8).astype(np.float32))
    pv = Tensor(np.random.randn(bb, 2, 4, 8).astype(np.float32))
    return beam_search_step, (logits, scores, ids, pk, pv)
