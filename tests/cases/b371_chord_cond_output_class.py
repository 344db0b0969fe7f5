# case: chord-conditioned music model returns a plain Python MusicModelOutput object from construct because config.return_dict defaults to True -> plain class instance created and returned in construct, Graph mode rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class MusicModelConfig:
    def __init__(self, vocab_size=64, d_model=16, n_chords=12, return_dict=True):
        self.vocab_size = vocab_size
        self.d_model = d_model
        self.n_chords = n_chords
        self.return_dict = return_dict

class MusicModelOutput:
    def __init__(self, logits, hidden_states=None, chord_logits=None):
        self.logits = logits
        self.hidden_states = hidden_states
        self.chord_logits = chord_logits

class ChordConditionedLM(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.return_dict
        self.tok = nn.Embedding(config.vocab_size, config.d_model)
        self.chord = nn.Embedding(config.n_chords, config.d_model)
        self.lm_head = nn.Dense(config.d_model, config.vocab_size)
        self.chord_head = nn.Dense(config.d_model, config.n_chords)

    def construct(self, input_ids, chord_ids=None, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.return_dict
        h = self.tok(input_ids)
        if chord_ids is not None:
            h = h + self.chord(chord_ids)
        logits = self.lm_head(h)
        chord_logits = self.chord_head(h.mean(axis=1))
        if not return_dict:
            return (logits, h, chord_logits)
        return MusicModelOutput(logits=logits, hidden_states=h, chord_logits=chord_logits)

def make():
    np.random.seed(3722)
    model = ChordConditionedLM(MusicModelConfig())
    ids = Tensor(np.random.randint(0, 64, size=(2, 8)).astype(np.int32))
    chords = Tensor(np.random.randint(0, 12, size=(2, 8)).astype(np.int32))
    return model, (ids, chords)
