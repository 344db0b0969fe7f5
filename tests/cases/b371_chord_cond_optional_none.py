# case: melody decoder layer with optional chord conditioning: config.use_chords defaults to False and chord_ids is None, so the chord branch with its Python-side checks is never taken -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional

class DecoderConfig:
    def __init__(self, d_model=32, n_chords=24, use_chords=False, chord_dropout=0.1):
        self.d_model = d_model
        self.n_chords = n_chords
        self.use_chords = use_chords
        self.chord_dropout = chord_dropout

class ChordConditionedBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_chords = config.use_chords
        self.ff = nn.SequentialCell(nn.Dense(config.d_model, 2 * config.d_model), nn.GELU(),
                                    nn.Dense(2 * config.d_model, config.d_model))
        self.norm = nn.LayerNorm((config.d_model,))
        self.chord_emb = nn.Embedding(config.n_chords, config.d_model)
        self.chord_dropout = nn.Dropout(p=config.chord_dropout)

    def _chord_context(self, chord_ids):
        if isinstance(chord_ids, (list, tuple)):
            chord_ids = ops.stack(chord_ids, axis=1)
        return self.chord_dropout(self.chord_emb(chord_ids))

    def construct(self, hidden, chord_ids: Optional[Tensor] = None):
        if self.use_chords and chord_ids is not None:
            hidden = hidden + self._chord_context(chord_ids)
        return self.norm(hidden + self.ff(hidden))

def make():
    np.random.seed(3721)
    block = ChordConditionedBlock(DecoderConfig())
    block.set_train(False)
    hidden = Tensor(np.random.randn(2, 10, 32).astype(np.float32))
    return block, (hidden,)
